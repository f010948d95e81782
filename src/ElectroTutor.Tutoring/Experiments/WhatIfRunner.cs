namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// Runs a <see cref="WhatIfRequest"/> against the normal cell with the simulator and returns what to show. Pure and
/// deterministic; every run is small (at most 50 ms of Hodgkin–Huxley time at Δt = 0.025 ms, one 10 ms cable run, or
/// 500 ms of muscle), so it fits inside a chat turn.
/// </summary>
public static class WhatIfRunner
{
    /// <summary>Runs the experiment the request names.</summary>
    /// <param name="request">A request from <see cref="WhatIfParser.Parse"/> (or built in code within <see cref="WhatIfLimits"/>).</param>
    /// <returns>Title, explanation, table and chart.</returns>
    /// <exception cref="ArgumentException">The request holds a value the models cannot take (only possible for a request not made by the parser).</exception>
    public static WhatIfResult Run(WhatIfRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Experiment switch
        {
            WhatIfExperiment.Pump => PumpExperiment.Run(request),
            WhatIfExperiment.Contraction => ContractionExperiment.Run(request),
            WhatIfExperiment.Cable => CableExperiment.Run(request),
            _ => MembraneExperiment.Run(request),
        };
    }
}
