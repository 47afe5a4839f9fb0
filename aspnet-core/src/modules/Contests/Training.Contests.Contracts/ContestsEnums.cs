namespace Training.Contests;

/// <summary>Draft → Announced (entry open in its window) → Closed (entry closed, numbers drawn, rounds running) → Published.</summary>
public enum ContestState { Draft, Announced, Closed, Published }

/// <summary>Individuals, or teams of one window unit (at most the contest's team size).</summary>
public enum EntryMode { Individual, Team }

/// <summary>A person's part in one contest: organiser, judge, chief judge (a judge who may correct locked sheets).</summary>
public enum ContestRole { Organiser, Judge, ChiefJudge }

/// <summary>笔试 (an exam of Learning), 实操, 情景模拟, 演讲 (scored by judges on criteria).</summary>
public enum RoundKind { Written, Practical, Scenario, Speech }

public enum RoundState { Pending, Open, Closed }

public enum EntryState { Entered, Withdrawn }

/// <summary>一等奖, 二等奖, 三等奖, 优秀奖 — in this order of rank.</summary>
public enum AwardTier { First, Second, Third, Excellence }

/// <summary>
/// How a judged round's score of an entry came about: the trimmed mean (去掉一个最高分和一个最低分后的平均) when enough judges
/// scored it, else the plain mean (算术平均); Exam for a written round (the exam's score percent).
/// </summary>
public enum ScoreRule { TrimmedMean, Mean, Exam }
