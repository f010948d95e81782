using System.Diagnostics.CodeAnalysis;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>A what-if request, or the reason there is none. A failure is a value, never an exception.</summary>
public sealed record WhatIfParseResult
{
    private WhatIfParseResult(WhatIfRequest? request, WhatIfParseError? error)
    {
        Request = request;
        Error = error;
    }

    /// <summary>The request when parsing succeeded.</summary>
    public WhatIfRequest? Request { get; }

    /// <summary>The error when it did not.</summary>
    public WhatIfParseError? Error { get; }

    /// <summary>True when <see cref="Request"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Request is not null;

    /// <summary>A successful parse.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The result.</returns>
    public static WhatIfParseResult Success(WhatIfRequest request) => new(request ?? throw new ArgumentNullException(nameof(request)), null);

    /// <summary>A failed parse.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static WhatIfParseResult Failure(WhatIfParseError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
