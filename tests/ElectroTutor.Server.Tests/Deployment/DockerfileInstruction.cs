namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>One instruction of a Dockerfile, its continuation lines joined, with the stage (0-based) it belongs to.</summary>
internal sealed record DockerfileInstruction(int Stage, string Keyword, string Arguments)
{
    /// <summary>Reads the instructions of a Dockerfile, skipping comments and the parser directive.</summary>
    public static IReadOnlyList<DockerfileInstruction> Read(string path)
    {
        var instructions = new List<DockerfileInstruction>();
        var stage = -1;
        var pending = "";
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()))
        {
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#'))) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = pending + line;
            pending = "";
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = text[..space].ToUpperInvariant();
            if (keyword == "FROM") stage++;
            instructions.Add(new DockerfileInstruction(stage, keyword, text[(space + 1)..].Trim()));
        }

        return instructions;
    }
}
