using Microsoft.EntityFrameworkCore;
using Training.Bulletins.EntityFrameworkCore;
using Training.Documents;

namespace Training.Bulletins.Application;

/// <summary>
/// Writes a render's progress (rows done of rows in all) to the bulletin at most every half second, so a manager's page
/// polling the bulletin sees it move while a long bulletin renders — on any node, since it is in the database.
/// </summary>
internal sealed class BulletinProgressWriter(BulletinsDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public IProgress<DocumentProgress> For(Guid bulletinId) => new Writer(db, clock, bulletinId);

    private sealed class Writer(BulletinsDbContext db, TimeProvider clock, Guid bulletinId) : IProgress<DocumentProgress>
    {
        private long _last = long.MinValue;

        public void Report(DocumentProgress value)
        {
            var now = clock.GetTimestamp();
            if (_last != long.MinValue && clock.GetElapsedTime(_last, now) < Interval && value.RowsDone < value.RowsTotal) return;
            _last = now;
            db.Bulletins.Where(b => b.Id == bulletinId && b.State == BulletinState.Rendering)
                .ExecuteUpdate(s => s.SetProperty(b => b.ProgressDone, value.RowsDone).SetProperty(b => b.ProgressTotal, value.RowsTotal));
        }
    }
}
