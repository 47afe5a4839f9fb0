using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Supervision.Application.Ledger;

/// <summary>The caller of the ledger, read once per request: the account and the scope (a lead: their units; a manager: the hall).</summary>
internal sealed class LedgerCaller(ICurrentUser currentUser, IDataScopeProvider scopes)
{
    private Caller? _caller;

    public sealed record Caller(CurrentAccount Account, DataScope Scope)
    {
        /// <summary>The responsible unit reports: a lead of the item's unit (the units one leads, not one's own record).</summary>
        public bool IsResponsibleFor(Guid unitId) => Scope.Kind == ScopeKind.Units && Scope.UnitIds.Contains(unitId);

        /// <summary>Reviewers act in the halls they hold (managers, inspectors) or everywhere (administrators).</summary>
        public bool ReviewsIn(Guid hallId) => Scope.ForWriting().CoversHall(hallId);

        public string Name
        {
            get
            {
                var name = string.IsNullOrWhiteSpace(Account.DisplayName) ? Account.UserName : Account.DisplayName.Trim();
                return name.Length <= SupervisionConsts.MaxPersonNameLength ? name : name[..SupervisionConsts.MaxPersonNameLength];
            }
        }
    }

    public async Task<Caller> GetAsync(CancellationToken cancellationToken) =>
        _caller ??= new Caller(await currentUser.GetAccountAsync(cancellationToken), await scopes.GetAsync(cancellationToken));
}
