using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Strict, line-aware reading of one YAML mapping: typed accessors, and <see cref="RejectUnknownKeys"/> so a misspelt
/// key is an error rather than silently ignored.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node)
    {
        this.node = node;
    }

    public int Line => (int)node.Start.Line;

    public static YamlMap From(YamlNode node, string what) =>
        node is YamlMappingNode mapping
            ? new YamlMap(mapping)
            : throw new BankFormatException((int)node.Start.Line, $"{what} must be a mapping of key: value lines.");

    public bool Has(string key) => Find(key) is not null;

    public int LineOf(string key) => (int)(Find(key)?.Start.Line ?? node.Start.Line);

    public string RequiredText(string key) =>
        Text(key) ?? throw new BankFormatException(Line, $"'{key}' is required.");

    public string? Text(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value ?? string.Empty,
            _ => throw new BankFormatException((int)value.Start.Line, $"'{key}' must be a single value."),
        };
    }

    public double? Number(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new BankFormatException(LineOf(key), $"'{key}' must be a number, not '{text}'.");
    }

    public IReadOnlyList<string> TextList(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.Select(child => child is YamlScalarNode scalar
                ? scalar.Value ?? string.Empty
                : throw new BankFormatException((int)child.Start.Line, $"Each entry of '{key}' must be a single value.")).ToList(),
            _ => throw new BankFormatException((int)value.Start.Line, $"'{key}' must be a list."),
        };
    }

    public IReadOnlyList<YamlNode> List(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => throw new BankFormatException((int)value.Start.Line, $"'{key}' must be a list."),
        };
    }

    public YamlMap? Map(string key)
    {
        var value = Find(key);
        return value is null ? null : From(value, $"'{key}'");
    }

    /// <summary>The key/value pairs of a nested mapping of scalars, with each value's line.</summary>
    public IReadOnlyList<(string Key, string Value, int Line)> ScalarPairs(string key)
    {
        var map = Map(key);
        if (map is null)
        {
            return [];
        }

        return map.node.Children.Select(pair => (
            Key: ((YamlScalarNode)pair.Key).Value ?? string.Empty,
            Value: pair.Value is YamlScalarNode scalar
                ? scalar.Value ?? string.Empty
                : throw new BankFormatException((int)pair.Value.Start.Line, $"'{key}.{pair.Key}' must be a single value."),
            Line: (int)pair.Key.Start.Line)).ToList();
    }

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public void RejectUnknownKeys(params string[] allowed)
    {
        foreach (var pair in node.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw new BankFormatException((int)pair.Key.Start.Line, $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}.");
            }
        }
    }

    private YamlNode? Find(string key)
    {
        read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }
}
