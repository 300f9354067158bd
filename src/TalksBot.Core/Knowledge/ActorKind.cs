namespace TalksBot.Core.Knowledge;

public enum ActorKind
{
    Person,
    Delegation,
    Government,
    Group,
    Outlet,
}
