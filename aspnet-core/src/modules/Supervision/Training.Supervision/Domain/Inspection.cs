using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Supervision.Domain;

/// <summary>
/// An inspection (明察, 暗访, 视频巡查, 随机巡查, 模拟办事, 投诉核查) or a walk-through 走流程 in one of 004's modes: its
/// date, inspectors, the halls and windows visited, and — for walk-throughs — the steps walked. Findings and ledger items
/// point to it. <see cref="ClientKey"/> makes a phone's retried submission land once (a draft sent again after a lost
/// connection); <see cref="SourceReference"/> does the same for a complaint check opened by another module.
/// </summary>
public sealed class Inspection : AggregateRoot
{
    private readonly List<InspectionInspector> _inspectors = [];
    private readonly List<InspectionPlace> _places = [];
    private readonly List<WalkStep> _steps = [];

    private Inspection() { }

    public Inspection(Guid id, InspectionKind kind, WalkMode? walkMode, DateOnly date, Guid hallId, string title,
        string? summary, Guid? clientKey) : base(id)
    {
        if (kind == InspectionKind.WalkThrough && walkMode is null)
            throw new BusinessException(SupervisionErrorCodes.WalkModeRequired);
        (Kind, WalkMode, Date, HallId, ClientKey) = (kind, kind == InspectionKind.WalkThrough ? walkMode : null, date, hallId, clientKey);
        Title = Check.NotBlank(title, "title", SupervisionConsts.MaxTitleLength);
        Summary = Check.Optional(summary, "summary", SupervisionConsts.MaxNoteLength);
    }

    public InspectionKind Kind { get; private set; }
    public WalkMode? WalkMode { get; private set; }
    public DateOnly Date { get; private set; }

    /// <summary>The hall the inspection belongs to (its scope); the places may name more halls.</summary>
    public Guid HallId { get; private set; }

    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }

    /// <summary>A 倒推 walk-through's starting point: a bad rating (its id) or a 12345 complaint (its number).</summary>
    public BackwardSource? BackwardSource { get; private set; }

    /// <summary>The rating id, the 12345 number, or for a complaint check the complaint's reference.</summary>
    public string? SourceReference { get; private set; }

    public Guid? ClientKey { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<InspectionInspector> Inspectors => _inspectors;
    public IReadOnlyList<InspectionPlace> Places => _places;
    public IReadOnlyList<WalkStep> Steps => _steps;

    public void StartFrom(BackwardSource? source, string? reference)
    {
        BackwardSource = WalkMode == Supervision.WalkMode.Backward ? source : null;
        SourceReference = Check.Optional(reference, "sourceReference", SupervisionConsts.MaxSourceReferenceLength);
    }

    public void Describe(string title, string? summary, DateOnly date)
    {
        Title = Check.NotBlank(title, "title", SupervisionConsts.MaxTitleLength);
        Summary = Check.Optional(summary, "summary", SupervisionConsts.MaxNoteLength);
        Date = date;
        Version++;
    }

    public void SetInspectors(IEnumerable<(Guid UserId, Guid? StaffId, string Name)> inspectors)
    {
        _inspectors.Clear();
        foreach (var (userId, staffId, name) in inspectors.DistinctBy(i => i.UserId))
            _inspectors.Add(new InspectionInspector(Id, userId, staffId, Check.NotBlank(name, "inspector", SupervisionConsts.MaxPersonNameLength)));
        Check.InRange(_inspectors.Count, "inspectors", 1, SupervisionConsts.MaxInspectors);
    }

    public void SetPlaces(IEnumerable<(Guid HallId, Guid? UnitId, Guid? WindowId)> places)
    {
        _places.Clear();
        foreach (var (hallId, unitId, windowId) in places.Distinct())
            _places.Add(new InspectionPlace(Guid.NewGuid(), Id, hallId, unitId, windowId));
        Check.InRange(_places.Count, "places", 0, SupervisionConsts.MaxPlaces);
    }

    /// <summary>Replaces the walked steps, in order (a walk-through is recorded and corrected as a whole).</summary>
    public void SetSteps(IEnumerable<WalkStep> steps)
    {
        _steps.Clear();
        var order = 0;
        foreach (var step in steps) _steps.Add(step.At(Id, ++order));
        Check.InRange(_steps.Count, "steps", 0, SupervisionConsts.MaxSteps);
        Version++;
    }
}

/// <summary>An inspector of an inspection: a signed-in user (a 督查员, a manager, a leader walking the process) by name.</summary>
public sealed class InspectionInspector
{
    private InspectionInspector() { }

    public InspectionInspector(Guid inspectionId, Guid userId, Guid? staffId, string name) =>
        (InspectionId, UserId, StaffId, Name) = (inspectionId, userId, staffId, name);

    public Guid InspectionId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid? StaffId { get; private set; }
    public string Name { get; private set; } = "";
}

/// <summary>A hall, unit or window visited.</summary>
public sealed class InspectionPlace
{
    private InspectionPlace() { }

    public InspectionPlace(Guid id, Guid inspectionId, Guid hallId, Guid? unitId, Guid? windowId) =>
        (Id, InspectionId, HallId, UnitId, WindowId) = (id, inspectionId, hallId, unitId, windowId);

    public Guid Id { get; private set; }
    public Guid InspectionId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? WindowId { get; private set; }
}

/// <summary>
/// One step of a walk-through: what was done, online or at the hall, how long it took, whether it stalled there (梗阻)
/// and why. Improvement items found on the way become ledger items (<see cref="LedgerItem.WalkStepId"/>).
/// </summary>
public sealed class WalkStep
{
    private WalkStep() { }

    public WalkStep(Guid id, string description, StepChannel channel, int minutes, bool stalled, string? stallNote, Guid? unitId, Guid? windowId)
    {
        Id = id;
        Description = Check.NotBlank(description, "description", SupervisionConsts.MaxNoteLength);
        Channel = channel;
        Minutes = Check.InRange(minutes, "minutes", 0, 60 * 24 * 30);
        Stalled = stalled;
        StallNote = stalled ? Check.NotBlank(stallNote, "stallNote", SupervisionConsts.MaxNoteLength) : Check.Optional(stallNote, "stallNote", SupervisionConsts.MaxNoteLength);
        (UnitId, WindowId) = (unitId, windowId);
    }

    public Guid Id { get; private set; }
    public Guid InspectionId { get; private set; }
    public int Order { get; private set; }
    public string Description { get; private set; } = "";
    public StepChannel Channel { get; private set; }

    /// <summary>How long the step took, in minutes (a step that waits days for a result is counted in minutes too).</summary>
    public int Minutes { get; private set; }

    public bool Stalled { get; private set; }
    public string? StallNote { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? WindowId { get; private set; }

    internal WalkStep At(Guid inspectionId, int order)
    {
        (InspectionId, Order) = (inspectionId, order);
        return this;
    }
}
