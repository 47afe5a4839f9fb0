using Training.SharedKernel.Domain;

namespace Training.Learning.Domain;

/// <summary>
/// Training hours earned outside the courses (以赛代训: a contest's entrants; meetings; external courses), recorded from
/// <see cref="TrainingRecordedEto"/>. One per (Source, SourceId, StaffId); hours are kept in hundredths like course credits.
/// </summary>
public sealed class TrainingRecord : Entity
{
    private TrainingRecord() { }

    public TrainingRecord(TrainingRecordedEto eto, DateTime recordedAt) : base(Guid.NewGuid())
    {
        (StaffId, Source, SourceId, On, RecordedAt) = (eto.StaffId, eto.Source, eto.SourceId, eto.On, recordedAt);
        Title = eto.Title.Length > CourseConsts.MaxTitleLength ? eto.Title[..CourseConsts.MaxTitleLength] : eto.Title;
        HoursHundredths = (int)Math.Round(Math.Clamp(eto.Hours, 0, 1000) * 100);
    }

    public Guid StaffId { get; private set; }
    public TrainingRecordSource Source { get; private set; }
    public Guid SourceId { get; private set; }
    public string Title { get; private set; } = "";
    public int HoursHundredths { get; private set; }
    public DateOnly On { get; private set; }
    public DateTime RecordedAt { get; private set; }
}
