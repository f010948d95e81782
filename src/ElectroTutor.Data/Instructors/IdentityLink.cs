namespace ElectroTutor.Data.Instructors;

/// <summary>What linking a chat identity to an instructor did.</summary>
public enum IdentityLink
{
    /// <summary>The identity is now linked to the instructor.</summary>
    Linked,

    /// <summary>The identity was linked to this instructor already; nothing changed.</summary>
    AlreadyLinked,

    /// <summary>The identity belongs to another instructor; nothing changed.</summary>
    LinkedToAnother,
}
