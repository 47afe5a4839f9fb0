namespace Training.Identity.Domain;

/// <summary>
/// One row per saved change to what an account is or may do (the user's name, person, state; roles; grants). Nodes
/// count the rows to learn that their cached accounts are stale: the cache is invalidated through the database.
/// </summary>
public sealed class AccountChange
{
    public long Id { get; set; }

    public DateTime ChangedAt { get; set; }
}
