namespace PolicyCompare.Alignment;

/// <summary>How a task belongs to a topic.</summary>
public enum MembershipRole
{
    /// <summary>The task's primary topic: the topic clustering (or the codebook) put the whole task in; one per task.</summary>
    Focus,

    /// <summary>A further topic a passage of the task addresses, with a passage score at or above the membership threshold.</summary>
    Addresses,
}
