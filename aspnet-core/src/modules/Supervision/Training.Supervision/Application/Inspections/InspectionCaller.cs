using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Supervision.Application.Inspections;

/// <summary>The caller of inspections and findings, read once per request: the account, the scope to read and the scope to act in.</summary>
internal sealed class InspectionCaller(ICurrentUser currentUser, IDataScopeProvider scopes)
{
    private Caller? _caller;

    public sealed record Caller(CurrentAccount Account, DataScope Scope)
    {
        /// <summary>Recording and deciding is for the halls one holds, not the own-record exception.</summary>
        public DataScope ActingScope => Scope.ForWriting();

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
