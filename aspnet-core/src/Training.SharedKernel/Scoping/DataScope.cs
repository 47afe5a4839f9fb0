namespace Training.SharedKernel.Scoping;

/// <summary>
/// The caller's data scope for this request: which person records it may read. Applied inside queries with
/// <see cref="ScopeQueryExtensions.WhereInScope{T}"/>; a record outside it answers 404.
/// </summary>
public sealed record DataScope(ScopeKind Kind, Guid? StaffId, IReadOnlyList<Guid> UnitIds, IReadOnlyList<Guid> HallIds)
{
    public static readonly DataScope Everything = new(ScopeKind.All, null, [], []);
    public static readonly DataScope Nothing = new(ScopeKind.None, null, [], []);

    public bool CoversHall(Guid hallId) => Kind == ScopeKind.All || (Kind == ScopeKind.Halls && HallIds.Contains(hallId));

    public bool CoversUnit(Guid unitId, Guid hallId) =>
        CoversHall(hallId) || (Kind == ScopeKind.Units && UnitIds.Contains(unitId));

    /// <summary>Whether a record that happened to <paramref name="staffId"/> in that unit and hall is visible.</summary>
    public bool Covers(Guid? hallId, Guid? unitId, Guid? staffId) => Kind switch
    {
        ScopeKind.All => true,
        ScopeKind.Halls => (hallId is { } h && HallIds.Contains(h)) || IsOwn(staffId),
        ScopeKind.Units => (unitId is { } u && UnitIds.Contains(u)) || IsOwn(staffId),
        ScopeKind.Own => IsOwn(staffId),
        _ => false,
    };

    /// <summary>
    /// The scope for writing other people's records (imports, batch changes): the same halls and units, without the
    /// "own record" exception — reading one's own certificate does not entitle one to issue it.
    /// </summary>
    public DataScope ForWriting() => this with { StaffId = null };

    private bool IsOwn(Guid? staffId) => StaffId is not null && staffId == StaffId;
}

/// <summary>Resolves the caller's scope once per request (implemented by Organization, which knows leads and halls).</summary>
public interface IDataScopeProvider
{
    Task<DataScope> GetAsync(CancellationToken cancellationToken = default);
}
