namespace Training.Learning;

/// <summary>单选, 多选, 判断, 填空.</summary>
public enum QuestionType { SingleChoice, MultipleChoice, TrueFalse, FillIn }

public enum Difficulty { Easy, Medium, Hard }

/// <summary>岗前 (pre-job), 日常 (routine: norms, policy, business), 专业 (professional), 多岗 (multi-post reserve).</summary>
public enum CourseKind { PreJob, Routine, Professional, MultiPost }

public enum EnrollmentSource { Manager, Self }

/// <summary>A paper of fixed questions, or drawn per attempt by rules (N questions per category and difficulty).</summary>
public enum PaperMode { Fixed, Rules }

/// <summary>Which attempt counts: the best, or the last graded.</summary>
public enum GradingPolicy { Highest, Last }

public enum AttemptStatus { InProgress, Submitted, TimedOut }

/// <summary>岗前培训合格证 (pre-job), or a certificate of another course.</summary>
public enum CertificateKind { PreJob, Course }

/// <summary>Earned in the portal, or recorded from an earlier paper certificate by import.</summary>
public enum CertificateSource { Earned, Imported }

public enum CertificateStatus { Valid, Expired, Revoked }

/// <summary>Where a training record outside the courses comes from: a skill contest (以赛代训), a meeting, an external course.</summary>
public enum TrainingRecordSource { Contest, Meeting, External }
