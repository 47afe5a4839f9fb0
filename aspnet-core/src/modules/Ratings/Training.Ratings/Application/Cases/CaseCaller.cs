using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Cases;

/// <summary>The caller of the workbench, read once per request: the account, the scope to read and the scope to act in.</summary>
internal sealed class CaseCaller(ICurrentUser currentUser, IDataScopeProvider scopes)
{
    private Caller? _caller;

    public sealed record Caller(CurrentAccount Account, DataScope Scope)
    {
        /// <summary>Acting on cases is for the units and halls one holds, not the own-record exception: nobody handles their own bad rating.</summary>
        public DataScope ActingScope => Scope.ForWriting();

        /// <summary>A hall manager (or an administrator) may take a case over from its handler; a lead may not.</summary>
        public bool MayTakeOver => Scope.Kind >= ScopeKind.Halls;
    }

    public async Task<Caller> GetAsync(CancellationToken cancellationToken) =>
        _caller ??= new Caller(await currentUser.GetAccountAsync(cancellationToken), await scopes.GetAsync(cancellationToken));
}
