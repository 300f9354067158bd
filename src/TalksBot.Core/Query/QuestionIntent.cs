namespace TalksBot.Core.Query;

/// <summary>What kind of answer a question asks for, read from its question word.</summary>
internal enum QuestionIntent
{
    Who,
    What,
    When,
    Where,
    Why,
    YesNo,

    /// <summary>"how many", "how much": the answer must contain a number.</summary>
    Quantity,
    General,
}
