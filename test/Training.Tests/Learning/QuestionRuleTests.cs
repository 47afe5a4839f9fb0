using Training.Learning;
using Training.Learning.Domain;
using Training.SharedKernel.Errors;

namespace Training.Tests.Learning;

/// <summary>The answer key and grading of the four question types.</summary>
public sealed class QuestionRuleTests
{
    private static Question Make(QuestionType type, string answer, params string[] options) =>
        new(Guid.NewGuid(), "Q1", Guid.NewGuid(), type, Difficulty.Easy, "题干", options, answer, null, []);

    [Theory]
    [InlineData("B", true)]
    [InlineData(" b ", true)]
    [InlineData("Ｂ", true)]   // full-width letter
    [InlineData("A", false)]
    [InlineData("AB", false)]
    [InlineData(null, false)]
    public void Should_grade_a_single_choice(string? response, bool correct) =>
        Make(QuestionType.SingleChoice, "B", "甲", "乙", "丙").IsCorrect(response).ShouldBe(correct);

    [Theory]
    [InlineData("A,C", true)]
    [InlineData("CA", true)]
    [InlineData("A C", true)]
    [InlineData("A", false)]    // a partial answer scores nothing
    [InlineData("A,B,C", false)]
    public void Should_grade_a_multiple_choice_as_a_set(string response, bool correct) =>
        Make(QuestionType.MultipleChoice, "c,a", "甲", "乙", "丙", "丁").IsCorrect(response).ShouldBe(correct);

    [Theory]
    [InlineData("对", true)]
    [InlineData("正确", true)]
    [InlineData("true", true)]
    [InlineData("√", true)]
    [InlineData("错", false)]
    [InlineData("也许", false)]
    public void Should_grade_true_false_from_the_words_people_type(string response, bool correct) =>
        Make(QuestionType.TrueFalse, "正确").IsCorrect(response).ShouldBe(correct);

    [Theory]
    [InlineData("一次性告知", true)]
    [InlineData(" 一次性 告知。", true)]   // spaces and a full stop do not count
    [InlineData("一次告知", true)]          // an accepted alternative
    [InlineData("ＡＢＣ", false)]
    [InlineData("首问负责", false)]
    public void Should_grade_fill_in_after_normalising(string response, bool correct) =>
        Make(QuestionType.FillIn, "一次性告知|一次告知").IsCorrect(response).ShouldBe(correct);

    [Fact]
    public void Should_fold_full_width_and_case_in_fill_in_answers() =>
        Make(QuestionType.FillIn, "ABC").IsCorrect("ａｂｃ").ShouldBeTrue();

    [Fact]
    public void Should_refuse_answer_keys_that_do_not_fit_the_type()
    {
        Should.Throw<BusinessException>(() => Make(QuestionType.SingleChoice, "D", "甲", "乙")).Code.ShouldBe(LearningErrorCodes.AnswerNotAnOption);
        Should.Throw<BusinessException>(() => Make(QuestionType.SingleChoice, "AB", "甲", "乙")).Code.ShouldBe(LearningErrorCodes.SingleChoiceOneAnswer);
        Should.Throw<BusinessException>(() => Make(QuestionType.MultipleChoice, "A", "甲")).Code.ShouldBe(LearningErrorCodes.ChoiceNeedsOptions);
        Should.Throw<BusinessException>(() => Make(QuestionType.TrueFalse, "可能")).Code.ShouldBe(LearningErrorCodes.TrueFalseAnswer);
    }

    [Fact]
    public void Should_report_whether_an_update_changed_anything()
    {
        var question = Make(QuestionType.SingleChoice, "A", "甲", "乙");

        question.Update(question.CategoryId, QuestionType.SingleChoice, Difficulty.Easy, "题干", ["甲", "乙"], "a", null, []).ShouldBeFalse();
        question.Update(question.CategoryId, QuestionType.SingleChoice, Difficulty.Hard, "题干", ["甲", "乙"], "A", null, ["岗前"]).ShouldBeTrue();
        question.Tags.ShouldBe(["岗前"]);
    }
}
