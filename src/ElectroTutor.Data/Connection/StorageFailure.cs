namespace ElectroTutor.Data.Connection;

/// <summary>The messages for failures both engines report, worded once.</summary>
internal static class StorageFailure
{
    public static string Full(string location) =>
        $"The database {location} is full: the disk (or the database's size limit) has no room for the change, so nothing was changed. Free disk space and try again.";

    public static string MissingReference(string location) =>
        $"The change to {location} refers to a learner, class or instructor that does not exist (perhaps just forgotten); nothing was changed.";

    public static string ValueRefused(string location, string detail) =>
        $"The database {location} refused a value outside its allowed range ({detail}); nothing was changed.";
}
