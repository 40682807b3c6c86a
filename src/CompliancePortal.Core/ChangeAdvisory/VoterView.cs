namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A member of the board on one item: recused or not, and their vote as it stands.</summary>
public sealed record VoterView(Guid PersonId, string Name, bool Recused, CabBallot? Ballot);
