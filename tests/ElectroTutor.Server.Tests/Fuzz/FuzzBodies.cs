using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Tests.Fuzz;

/// <summary>
/// Malformed and hostile request bodies built around a valid one: fixed cases (broken JSON, deep nesting, invalid UTF-8, huge
/// bodies and strings, nulls and wrong types for every field) and random mutations from a seeded <see cref="Random"/>, so a
/// failure is reproducible from its case name.
/// </summary>
internal static class FuzzBodies
{
    private const int Seed = 20261121;

    /// <summary>The fixed cases for a body whose valid form is <paramref name="valid"/>.</summary>
    public static IEnumerable<FuzzCase> Fixed(JsonObject valid)
    {
        foreach (var (name, text) in new (string, string)[]
        {
            ("empty", ""), ("open brace", "{"), ("array", "[]"), ("null", "null"), ("number", "1"), ("string", "\"message\""),
            ("trailing comma", "{\"type\":\"message\",}"), ("comment", "{/* hi */\"type\":\"message\"}"), ("single quotes", "{'type':'message'}"),
            ("duplicate keys", "{\"type\":\"message\",\"type\":\"invoke\"}"), ("unterminated string", "{\"type\":\"mess"),
            ("nan", "{\"type\":NaN}"), ("huge number", "{\"type\":\"message\",\"localTimestamp\":1e999999}"),
            ("bom", "\uFEFF" + valid.ToJsonString()), ("two documents", valid.ToJsonString() + valid.ToJsonString()),
            ("nested 10000 arrays", new string('[', 10_000) + new string(']', 10_000)),
            ("nested 10000 objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
            ("nested 10000 in value", WithRaw(valid, "value", new string('[', 10_000) + new string(']', 10_000))),
            ("nested 100 in channelData", WithRaw(valid, "channelData", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100))),
        })
        {
            yield return new FuzzCase(name, Encoding.UTF8.GetBytes(text));
        }

        var json = Encoding.UTF8.GetBytes(valid.ToJsonString());
        yield return new FuzzCase("invalid UTF-8 byte", [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")]);
        yield return new FuzzCase("invalid UTF-8 in a valid activity", Replace(json, "\"text\":\"", [0xFF, 0xFE, 0xED, 0xA0, 0x80]));
        yield return new FuzzCase("lone surrogate escape", Encoding.UTF8.GetBytes(WithRaw(valid, "text", "\"\\uD800\"")));
        yield return new FuzzCase("control characters", Encoding.UTF8.GetBytes(WithRaw(valid, "text", "\"\\u0000\\u0007\\u001b[31m\"")));
        yield return new FuzzCase("text/plain", json, "text/plain");
        yield return new FuzzCase("latin-1 charset", json, "application/json; charset=iso-8859-1");
        yield return new FuzzCase("200 KB text", Encoding.UTF8.GetBytes(With(valid, "text", new string('x', 200_000))));
        yield return new FuzzCase("1 MB text", Encoding.UTF8.GetBytes(With(valid, "text", new string('x', 1_000_000))));
        yield return new FuzzCase("10 MB body", Encoding.UTF8.GetBytes(With(valid, "text", new string('y', 10_000_000))));
        yield return new FuzzCase("100k-element array", Encoding.UTF8.GetBytes(WithRaw(valid, "attachments", "[" + string.Join(',', Enumerable.Repeat("{}", 100_000)) + "]")));

        foreach (var field in valid.Select(p => p.Key).Concat(["value", "channelData", "attachments", "entities", "membersAdded", "name", "replyToId"]).Distinct(StringComparer.Ordinal))
        {
            foreach (var (kind, raw) in new (string, string)[] { ("null", "null"), ("number", "42"), ("bool", "true"), ("array", "[1,\"a\",null]"), ("object", "{\"id\":{}}"), ("string", "\"\"") })
            {
                yield return new FuzzCase($"{field} as {kind}", Encoding.UTF8.GetBytes(WithRaw(valid, field, raw)));
            }

            var without = (JsonObject)valid.DeepClone();
            without.Remove(field);
            yield return new FuzzCase($"without {field}", Encoding.UTF8.GetBytes(without.ToJsonString()));
        }

        foreach (var type in new[] { "unknownType", "invoke", "event", "messageReaction", "installationUpdate", "endOfConversation", "typing", "conversationUpdate", "MESSAGE", "" })
        {
            yield return new FuzzCase($"type {type}", Encoding.UTF8.GetBytes(With(valid, "type", type)));
        }
    }

    /// <summary><paramref name="count"/> random mutations of <paramref name="valid"/>, the same on every run.</summary>
    public static IEnumerable<FuzzCase> Mutations(JsonObject valid, int count)
    {
        var random = new Random(Seed);
        for (var index = 0; index < count; index++)
        {
            var kind = random.Next(4);
            var name = $"mutation {index} (seed {Seed})";
            yield return kind switch
            {
                0 => new FuzzCase(name + " bytes", MutateBytes(Encoding.UTF8.GetBytes(valid.ToJsonString()), random)),
                1 => new FuzzCase(name + " truncated", Encoding.UTF8.GetBytes(valid.ToJsonString())[..random.Next(valid.ToJsonString().Length)]),
                _ => new FuzzCase(name + " tree", Encoding.UTF8.GetBytes(MutateTree((JsonObject)valid.DeepClone(), random).ToJsonString())),
            };
        }
    }

    private static byte[] MutateBytes(byte[] json, Random random)
    {
        var bytes = json.ToArray();
        for (var flips = random.Next(1, 6); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static JsonObject MutateTree(JsonObject activity, Random random)
    {
        for (var changes = random.Next(1, 4); changes > 0; changes--)
        {
            var target = PickObject(activity, random);
            var keys = target.Select(p => p.Key).ToList();
            var key = keys.Count > 0 && random.Next(3) > 0 ? keys[random.Next(keys.Count)] : RandomString(random, 8);
            if (random.Next(5) == 0)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = RandomValue(random, depth: 0);
            }
        }

        return activity;
    }

    private static JsonObject PickObject(JsonObject root, Random random)
    {
        var current = root;
        while (random.Next(2) == 0 && current.Select(p => p.Value).OfType<JsonObject>().ToList() is { Count: > 0 } children)
        {
            current = children[random.Next(children.Count)];
        }

        return current;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => null,
        1 => random.Next(),
        2 => random.NextDouble() * 1e300,
        3 => random.Next(2) == 0,
        4 => RandomString(random, random.Next(2) == 0 ? 5 : 5000),
        5 => "",
        6 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create(RandomString(random, 4) + i, RandomValue(random, depth + 1)))),
    };

    private static string RandomString(Random random, int length)
    {
        const string Alphabet = "abcXYZ019 <>&\"'\\/\u00e9\u2212\u03bc\u4e2d\U0001F600\u202e\t\n";
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            var at = random.Next(Alphabet.Length);
            builder.Append(char.IsHighSurrogate(Alphabet[at]) ? Alphabet.AsSpan(at, 2) : char.IsLowSurrogate(Alphabet[at]) ? "x" : Alphabet.AsSpan(at, 1));
        }

        return builder.ToString();
    }

    private static string With(JsonObject valid, string field, string value)
    {
        var changed = (JsonObject)valid.DeepClone();
        changed[field] = value;
        return changed.ToJsonString();
    }

    /// <summary>The valid body with <paramref name="field"/> set to raw JSON text (which may be invalid on purpose).</summary>
    private static string WithRaw(JsonObject valid, string field, string rawJson)
    {
        var changed = (JsonObject)valid.DeepClone();
        const string Marker = "\"@@raw@@\"";
        changed[field] = "@@raw@@";
        return changed.ToJsonString().Replace(Marker, rawJson, StringComparison.Ordinal);
    }

    private static byte[] Replace(byte[] json, string after, byte[] inserted)
    {
        var text = Encoding.UTF8.GetString(json);
        var at = Encoding.UTF8.GetByteCount(text[..(text.IndexOf(after, StringComparison.Ordinal) + after.Length)]);
        return [.. json[..at], .. inserted, .. json[at..]];
    }
}
