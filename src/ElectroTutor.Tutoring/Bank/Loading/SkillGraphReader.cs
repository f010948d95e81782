using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>skills.yaml</c>: a list under <c>skills:</c> of id, name, description, prerequisites.</summary>
internal static class SkillGraphReader
{
    public static IReadOnlyList<Skill> Read(string file, YamlMap root, List<BankError> errors) =>
        EntryList.Read(file, root, "skills", "A skill", map =>
        {
            map.RejectUnknownKeys("id", "name", "description", "prerequisites");
            return new Skill(EntryList.Id(map, "skill"), map.RequiredText("name"), map.RequiredText("description"), map.TextList("prerequisites"));
        }, errors);
}
