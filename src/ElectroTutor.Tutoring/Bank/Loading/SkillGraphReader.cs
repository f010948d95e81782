using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>skills.yaml</c>: a list under <c>skills:</c> of id, name, description, prerequisites.</summary>
internal static class SkillGraphReader
{
    public static IReadOnlyList<Skill> Read(string file, YamlMap root, List<BankError> errors)
    {
        var skills = new List<Skill>();
        try
        {
            root.RejectUnknownKeys("skills");
            foreach (var node in root.List("skills"))
            {
                try
                {
                    var map = YamlMap.From(node, "A skill");
                    map.RejectUnknownKeys("id", "name", "description", "prerequisites");
                    var id = map.RequiredText("id");
                    if (!Identifier.IsValid(id))
                    {
                        throw new BankFormatException(map.LineOf("id"), $"skill id '{id}' must be kebab-case letters, digits and hyphens.");
                    }

                    skills.Add(new Skill(id, map.RequiredText("name"), map.RequiredText("description"), map.TextList("prerequisites")));
                }
                catch (BankFormatException exception)
                {
                    errors.Add(new BankError(file, exception.Line, exception.Message));
                }
            }
        }
        catch (BankFormatException exception)
        {
            errors.Add(new BankError(file, exception.Line, exception.Message));
        }

        return skills;
    }
}
