using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

/// <summary>A board of three (the chair among them) with quorum two, a model whose owner sits on the board, and a Major change of it.</summary>
internal sealed class Reviews
{
    public static readonly DateTimeOffset Now = Build.Now;

    public Reviews(DecisionRule rule = DecisionRule.SimpleMajority, int quorum = 2)
    {
        Board = ChangeAdvisoryBoard.Create("model-risk-cab",
            new BoardDefinition("Model risk CAB", null, Chair.PersonId!.Value,
                [Chair.PersonId!.Value, Ana.PersonId!.Value, Ben.PersonId!.Value, Owner.PersonId!.Value], new BoardRules(quorum, rule),
                [RiskTier.High], []), Now.AddDays(-30));
        Model = Build.Model(RiskTier.High, Owner.PersonId, null);
        var trainedOn = Build.DatasetVersion();
        Version = ModelVersion.Register(Model, Build.Registration(ChangeClass.Major, trainedOn), [trainedOn], null, Owner.PersonId!.Value, Now.AddDays(-10));
        Meeting = CabMeeting.Schedule(Board, Chair, new MeetingDefinition("December CAB", Now.AddDays(2), 60, "Room 4.12", null), Now);
    }

    public Actor Chair { get; } = Person("Yuki Tanaka", PortalRoles.CabMember);

    public Actor Ana { get; } = Person("Ana Silva", PortalRoles.CabMember);

    public Actor Ben { get; } = Person("Ben Carter", PortalRoles.CabMember);

    /// <summary>Owns the model and sits on the board: recused from its changes.</summary>
    public Actor Owner { get; } = Person("Olivia Owens", PortalRoles.ModelOwner, PortalRoles.CabMember);

    public ChangeAdvisoryBoard Board { get; }

    public Model Model { get; }

    public ModelVersion Version { get; }

    public CabMeeting Meeting { get; }

    public static Actor Person(string name, params string[] roles) => new(Guid.NewGuid(), name, roles.ToHashSet());

    public static RiskAssessment Assessment(RiskLevel likelihood = RiskLevel.Low, RiskLevel impact = RiskLevel.Moderate) =>
        new("Gradient-boosted trees replace the logistic scorecard.", "Better discrimination on thin-file applicants.", likelihood, impact,
            "Mis-priced loans until rolled back.", "Holdout evaluation 2026Q3, back-test 2024–2026.", "Roll back to 2.0.3 through the portal.",
            "Olivia Owens");

    public ChangeReview Open() =>
        ChangeReview.Open(Model, Version, ChangeReviewSource.MajorChange, Owner.PersonId!.Value, Owner.DisplayName, "Major change", Board.Id, Now);

    /// <summary>Assessed and on the meeting's agenda, voting open from now.</summary>
    public ChangeReview OnAgenda(DateTimeOffset? closes = null)
    {
        var review = Open();
        review.Assess(Owner, Model, Assessment(), Now);
        review.PlaceOnAgenda(Meeting, Board, Model, Chair, new VotingWindow(Now, closes), 1);
        return review;
    }
}
