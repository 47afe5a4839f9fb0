using System.Globalization;
using Training.Unresolved.Domain;

namespace Training.Unresolved.Application.Forms;

/// <summary>
/// A case's handling told in one paragraph, as the forms' 回复、处理情况 and 处办及回复详细情况 boxes are filled in by hand:
/// each step after intake with its day, what was done and said, separated by '；'.
/// </summary>
internal static class HandlingText
{
    public static string Of(IEnumerable<CaseStep> steps)
    {
        var ordered = steps.Where(s => s.Kind != CaseStepKind.Intake).OrderBy(s => s.Order).ToList();
        // Closing on a follow-up or an answer repeats its text: the closing step then says only 办结.
        return string.Join("；", ordered.Select((s, i) => Line(s, i > 0 && s.Kind == CaseStepKind.Closed && ordered[i - 1].Text == s.Text)));
    }

    /// <summary>The basis of the handling 处办依据: the reason a case was not accepted, or its category.</summary>
    public static string Basis(UnresolvedCase c) =>
        c.NotAcceptedReason is { } reason ? $"不予受理（{FormTexts.Reason(reason)}）" : c.Category is null ? "" : FormTexts.Category(c.Category);

    private static string Line(CaseStep s, bool repeatsTheStepBefore)
    {
        var day = Day(s.At);
        var text = repeatsTheStepBefore || string.IsNullOrWhiteSpace(s.Text) ? "" : $"：{s.Text.Trim()}";
        return s.Kind switch
        {
            CaseStepKind.NotAccepted => $"{day} 不予受理{text}",
            CaseStepKind.Classified => $"{day} 巡导员{s.ByName}分类为{FormTexts.Category(s.Category)}{text}",
            CaseStepKind.WindowAnswer => $"{day} 窗口答复{text}",
            CaseStepKind.Conference => $"{day} 一事一议（{s.Sections}）{text}",
            CaseStepKind.ComplaintCheckOpened => $"{day} 效能督查科启动投诉核查{text}",
            CaseStepKind.Transferred => $"{day} 转{s.ReceiverName}处办{text}",
            CaseStepKind.FirstReply => $"{day} 首次反馈{text}",
            CaseStepKind.ReceiverAnswer => $"{day} {s.ReceiverName}答复{text}",
            CaseStepKind.FollowUp => $"{day} 跟踪回访{(s.Satisfied == false ? "不满意" : "满意")}{text}",
            CaseStepKind.Escalated => $"{day} 移交效能督查科",
            CaseStepKind.EscalationAnswer => $"{day} 效能督查科答复{text}",
            CaseStepKind.Closed => $"{day} 办结{text}",
            _ => $"{day}{text}",
        };
    }

    private static string Day(DateTime utc)
    {
        var local = Training.SharedKernel.Time.BusinessDates.LocalDate(utc);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日");
    }
}
