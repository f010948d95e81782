namespace ElectroTutor.Cli.LoadTest;

/// <summary>A reply activity the loopback connector received: its JSON and the <see cref="System.Diagnostics.Stopwatch"/> timestamp of its arrival.</summary>
internal sealed record ReceivedReply(ReadOnlyMemory<byte> Json, long ArrivedTimestamp);
