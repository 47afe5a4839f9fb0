using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// The caller of the module, read once per request: the account, the data scope, and the receivers one is a liaison of
/// (what a liaison sees is decided here, not by a role's scope).
/// </summary>
internal sealed class CaseCaller(ICurrentUser currentUser, IDataScopeProvider scopes, UnresolvedDbContext db)
{
    private Caller? _caller;

    public sealed record Caller(CurrentAccount Account, DataScope Scope, IReadOnlyList<Guid> LiaisonOf)
    {
        public Guid UserId => Account.UserId;

        /// <summary>Handling and supervising are for the halls one holds (or every hall), never the own-record exception.</summary>
        public bool ActsIn(Guid hallId) => Scope.ForWriting().CoversHall(hallId);

        public bool Handles(Guid hallId) => Account.IsGranted(UnresolvedPermissions.Cases.Handle) && ActsIn(hallId);

        public bool Supervises(Guid hallId) => Account.IsGranted(UnresolvedPermissions.Cases.Supervise) && ActsIn(hallId);

        public bool IsLiaisonOf(Guid receiverId) => LiaisonOf.Contains(receiverId);

        public string Name
        {
            get
            {
                var name = string.IsNullOrWhiteSpace(Account.DisplayName) ? Account.UserName : Account.DisplayName.Trim();
                return name.Length <= UnresolvedConsts.MaxPersonNameLength ? name : name[..UnresolvedConsts.MaxPersonNameLength];
            }
        }

        public CaseActor At(DateTime at, DateOnly on) => new(UserId, Name, at, on);
    }

    public async Task<Caller> GetAsync(CancellationToken cancellationToken)
    {
        if (_caller is not null) return _caller;
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        var liaisonOf = await db.ReceiverLiaisons.AsNoTracking().Where(l => l.UserId == account.UserId).Select(l => l.ReceiverId)
            .ToListAsync(cancellationToken);
        return _caller = new Caller(account, scope, liaisonOf);
    }
}
