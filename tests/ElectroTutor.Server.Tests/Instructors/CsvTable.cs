using System.Text;

namespace ElectroTutor.Server.Tests.Instructors;

/// <summary>Reads an RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF) into rows keyed by the header.</summary>
internal static class CsvTable
{
    public static List<Dictionary<string, string>> Read(string text)
    {
        var records = Records(text);
        var header = records[0];
        return [.. records.Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : string.Empty)).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
