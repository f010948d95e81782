using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Formulas;
using YamlDotNet.RepresentationModel;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Reads a templates file (a list under <c>templates:</c>) into <see cref="ItemTemplate"/>s. Each template is read on
/// its own: a mistake in one is reported with its line and the others still load. Cross-file references (skills,
/// misconceptions, simulator names) are checked later by <see cref="QuestionBankLoader"/>.
/// </summary>
internal static class TemplateReader
{
    private static readonly string[] TemplateKeys =
    [
        "id", "kind", "skills", "difficulty", "parameters", "derived", "constraints", "prompt", "answer", "misconceptions",
        "choices", "shuffle", "order", "accept", "reject", "hints", "solution", "explanation",
    ];

    public static IReadOnlyList<ItemTemplate> Read(string file, YamlMap root, List<BankError> errors) =>
        EntryList.Read(file, root, "templates", "A template", map => ReadTemplate(file, map), errors);

    private static ItemTemplate ReadTemplate(string file, YamlMap map)
    {
        map.RejectUnknownKeys(TemplateKeys);
        var id = EntryList.Id(map, "template");

        try
        {
            return ReadBody(file, map, id);
        }
        catch (BankFormatException exception)
        {
            throw new BankFormatException(exception.Line, $"template '{id}': {exception.Message}");
        }
    }

    private static ItemTemplate ReadBody(string file, YamlMap map, string id)
    {
        var kind = Kind(map);
        var parameters = map.Map("parameters") is { } parameterMap ? ParameterReader.Read(parameterMap) : [];
        var derived = map.ScalarPairs("derived").Select(p => new DerivedValue(p.Key, ParseFormula(p.Value, p.Line))).ToList();
        var names = parameters.Select(p => p.Name).Concat(derived.Select(d => d.Name)).ToHashSet(StringComparer.Ordinal);
        var answer = map.Map("answer") is { } answerMap ? AnswerReader.Read(answerMap, names) : null;
        var difficulty = map.Number("difficulty") ?? throw new BankFormatException(map.Line, "'difficulty' (0 to 1) is required.");
        if (difficulty is < 0 or > 1)
        {
            throw new BankFormatException(map.LineOf("difficulty"), "'difficulty' must be between 0 and 1.");
        }

        return new ItemTemplate
        {
            Id = id,
            Kind = kind,
            Skills = map.TextList("skills"),
            Difficulty = difficulty,
            Prompt = map.RequiredText("prompt"),
            Parameters = parameters,
            Derived = derived,
            Constraints = map.List("constraints").Select(n => ParseFormula(Scalar(n, "constraints"), (int)n.Start.Line)).ToList(),
            Answer = answer,
            Variants = map.List("misconceptions").Select(n => VariantReader.Read(YamlMap.From(n, "A misconception variant"), names)).ToList(),
            Choices = map.List("choices").Select(n => ReadChoice(YamlMap.From(n, "A choice"))).ToList(),
            ShuffleChoices = map.Text("shuffle") is not { } shuffle || Boolean(shuffle, map.LineOf("shuffle")),
            OrderingItems = map.TextList("order"),
            ShortAnswer = kind == TemplateKind.ShortAnswer ? ReadShortAnswer(map) : null,
            Hints = map.TextList("hints"),
            Solution = map.RequiredText("solution"),
            Explanation = map.RequiredText("explanation"),
            File = file,
            Line = map.Line,
        };
    }

    private static TemplateKind Kind(YamlMap map) => map.RequiredText("kind") switch
    {
        "numeric" => TemplateKind.Numeric,
        "choice" => TemplateKind.Choice,
        "ordering" => TemplateKind.Ordering,
        "short" => TemplateKind.ShortAnswer,
        var other => throw new BankFormatException(map.LineOf("kind"), $"kind '{other}' is not one of numeric, choice, ordering, short."),
    };

    private static ChoiceSpec ReadChoice(YamlMap map)
    {
        map.RejectUnknownKeys("text", "correct", "correctWhen", "misconception");
        var correctWhen = map.Text("correctWhen") is { } formula ? ParseFormula(formula, map.LineOf("correctWhen")) : null;
        var correct = map.Text("correct") is { } text && Boolean(text, map.LineOf("correct"));
        return new ChoiceSpec(map.RequiredText("text"), correct, correctWhen, map.Text("misconception"));
    }

    private static ShortAnswerSpec ReadShortAnswer(YamlMap map)
    {
        var groups = map.List("accept").Select(node => node switch
        {
            YamlSequenceNode sequence => (IReadOnlyList<string>)sequence.Children.Select(c => Scalar(c, "accept")).ToList(),
            _ => [Scalar(node, "accept")],
        }).ToList();
        if (groups.Count == 0)
        {
            throw new BankFormatException(map.Line, "a short-answer template needs 'accept': a list of phrase groups.");
        }

        var rejected = map.List("reject").Select(node =>
        {
            var reject = YamlMap.From(node, "A rejected phrase");
            reject.RejectUnknownKeys("phrase", "misconception");
            return new RejectedPhrase(reject.RequiredText("phrase"), reject.RequiredText("misconception"));
        }).ToList();
        return new ShortAnswerSpec(groups, rejected);
    }

    internal static Formula ParseFormula(string text, int line)
    {
        try
        {
            return Formula.Parse(text);
        }
        catch (FormulaException exception)
        {
            throw new BankFormatException(line, exception.Message);
        }
    }

    internal static string Scalar(YamlNode node, string key) =>
        node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : throw new BankFormatException((int)node.Start.Line, $"each entry of '{key}' must be a single value.");

    internal static bool Boolean(string text, int line) => text switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new BankFormatException(line, $"'{text}' must be true or false."),
    };
}
