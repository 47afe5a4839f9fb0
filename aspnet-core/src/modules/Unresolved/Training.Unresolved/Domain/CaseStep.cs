namespace Training.Unresolved.Domain;

/// <summary>
/// A step of a case's history, in order: what was done, by whom and when, its text, and the kind's particulars (the
/// category classified, the conference's sections, the receiver, whether the follow-up was satisfied).
/// </summary>
public sealed class CaseStep
{
    private CaseStep() { }

    internal CaseStep(Guid id, Guid caseId, int order, CaseStepKind kind, CaseActor by, string? text)
    {
        (Id, CaseId, Order, Kind) = (id, caseId, order, kind);
        (ByUserId, ByName, At) = (by.UserId, by.Name, by.At);
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int Order { get; private set; }
    public CaseStepKind Kind { get; private set; }
    public DateTime At { get; private set; }
    public Guid ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Text { get; private set; }
    public CaseCategory? Category { get; private set; }

    /// <summary>The conference's sections joined by '、'.</summary>
    public string? Sections { get; private set; }

    public Guid? ReceiverId { get; private set; }
    public string? ReceiverName { get; private set; }
    public bool? Satisfied { get; private set; }

    internal void Classified(CaseCategory category) => Category = category;

    internal void Conference(string sections) => Sections = sections;

    internal void ToReceiver(Guid receiverId, string receiverName) => (ReceiverId, ReceiverName) = (receiverId, receiverName);

    internal void FollowedUp(bool satisfied) => Satisfied = satisfied;
}
