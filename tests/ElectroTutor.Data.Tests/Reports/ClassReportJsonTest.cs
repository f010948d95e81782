using System.Text.Json;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class ClassReportJsonTest
{
    [Fact]
    public void The_report_is_camel_case_with_named_concerns_and_escaped_markup()
    {
        var json = ClassReportJson.Serialize(SampleReport.Create());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("Physiology <101>", root.GetProperty("className").GetString());
        Assert.Equal(SampleReport.ScriptName, root.GetProperty("students")[1].GetProperty("displayName").GetString());
        Assert.Equal(-0.25, root.GetProperty("items")[0].GetProperty("discrimination").GetDouble());
        Assert.Equal("tooHard, negativeDiscrimination", root.GetProperty("items")[0].GetProperty("concerns").GetString());
        Assert.Equal(0.25, root.GetProperty("students")[0].GetProperty("masteryBySkill").GetProperty("s1").GetDouble());
        Assert.DoesNotContain("<script", json, StringComparison.Ordinal);
    }
}
