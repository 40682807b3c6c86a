using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A seat on a board.</summary>
public sealed class BoardMember
{
    private BoardMember() { }

    internal BoardMember(Guid boardId, Guid personId) => (BoardId, PersonId) = (boardId, personId);

    public Guid BoardId { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }
}
