namespace Training.Unresolved.Application.Forms;

/// <summary>
/// What a printed form shows, already decided: the complainant's name and contact are the text to print — the real ones
/// or 已隐去 (<see cref="FormTexts.Hidden"/>), chosen by the one confidentiality decision before a view is made — and
/// every date and name is text. 现场处理情况 is the seed's pair of boxes: the responsible window (unit) and the reply,
/// which carries the case's handling steps in order, so composing a document reads nothing and the same view gives the same bytes.
/// </summary>
internal sealed record RegistrationFormView(
    string Number, string HallName, string ComplainantName, string ComplainantContact, string RecordedBy, string ReceivedAt,
    string Record, string ResponsibleUnit, string Reply);

/// <summary>
/// One transfer of a case as the 转办单 prints it: the receiver (承办单位), the case's category, the instants, the
/// complainant (or 已隐去), the answer's deadline, the matter, who transferred it, the receiver's answer and who gave it.
/// </summary>
internal sealed record TransferSlipView(
    string Number, string HallName, string Receiver, string Category, string ReceivedAt, string TransferredAt, string ComplainantName,
    string ComplainantContact, string DueOn, string Matter, string TransferredBy, string TransferredOnDate, string Answer, string AnsweredBy,
    string AnsweredOnDate, string Remarks, bool ViaEfficiencySection);

/// <summary>The 问题清单表 of a hall and month: its lines in order (numbered from 1 when printed).</summary>
internal sealed record ProblemListView(string HallName, int Year, int Month, IReadOnlyList<ProblemListLineView> Lines);

/// <summary>
/// One line of the problem list, as text: <see cref="Handling"/> starts with 处理中 while the case was open at the
/// month's end; <see cref="CarriedOver"/> is 是 for a case received in an earlier month and still open when this one began.
/// </summary>
internal sealed record ProblemListLineView(
    string ReceivedAt, string Window, string ComplainantName, string ComplainantContact, string Channel, string Request, string Handling,
    string Basis, string CarriedOver);
