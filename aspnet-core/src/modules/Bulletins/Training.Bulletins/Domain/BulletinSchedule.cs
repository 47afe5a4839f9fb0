namespace Training.Bulletins.Domain;

/// <summary>A manager's schedule for a kind without a close: cron on Asia/Shanghai time; no row = the kind's default.</summary>
public sealed class BulletinSchedule
{
    public string Kind { get; set; } = "";
    public string Cron { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTime ModifiedAt { get; set; }
    public Guid? ModifiedBy { get; set; }
}
