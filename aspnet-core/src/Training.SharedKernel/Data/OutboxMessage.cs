namespace Training.SharedKernel.Data;

/// <summary>An event waiting to be delivered. Written with the state change; claimed and delivered by one node.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntil { get; set; }

    public static string TableName(string modulePrefix) => $"{modulePrefix}_Outbox";
}
