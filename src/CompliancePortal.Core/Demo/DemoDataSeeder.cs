using System.Security.Cryptography;
using System.Text.Json;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Demo;

/// <summary>
/// Seeds an empty database with the demo organisation. It goes through the same audited path as every other
/// change, so the demo audit log is a valid chain like any other.
/// </summary>
public sealed class DemoDataSeeder(AuditedChanges changes)
{
    public static DemoData Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The demo data file {path} does not exist; set Demo:DataFile or Demo:Seed=false.", path);
        }
        var data = JsonSerializer.Deserialize<DemoData>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"The demo data file {path} is empty.");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return data with
        {
            Versions = data.Versions.Select(v => Uris.IsAbsolute(v.ArtifactUri)
                ? v
                : v with { ArtifactUri = new Uri(Path.Combine(directory, v.ArtifactUri)).AbsoluteUri }).ToList(),
            GoldenSets = (data.GoldenSets ?? []).Select(g => g with { File = Path.Combine(directory, g.File) }).ToList(),
        };
    }

    /// <returns>false when the database already held people, so nothing was seeded.</returns>
    public Task<bool> SeedAsync(DemoData data, CancellationToken ct = default) =>
        changes.RunAsync(Actor.System, async (db, audit) =>
        {
            if (await db.People.AnyAsync(ct))
            {
                return false;
            }
            var people = SeedPeople(db, audit, data);
            var versions = SeedLineage(db, audit, data);
            var models = SeedModels(db, audit, data, people, versions);
            SeedGoldenSets(db, audit, data, people, models);
            var boards = SeedBoards(db, audit, data, people);
            SeedMeetings(db, audit, data, people, models, boards);
            return true;
        }, ct);

    private static Dictionary<string, Person> SeedPeople(PortalDbContext db, AuditRecorder audit, DemoData data)
    {
        var people = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in data.People)
        {
            var person = Person.Record(p.ObjectId, p.DisplayName, p.Email, p.Roles, audit.At);
            db.People.Add(person);
            people[p.Email] = person;
            audit.Record("person.registered", nameof(Person), person.Id.ToString(), null, person.Snapshot());
        }
        return people;
    }

    private static Dictionary<string, DatasetVersion> SeedLineage(PortalDbContext db, AuditRecorder audit, DemoData data)
    {
        var sources = new Dictionary<string, SourceSystem>();
        foreach (var s in data.SourceSystems)
        {
            var source = SourceSystem.Create(s.Key, s.Name, s.Kind, s.Description, audit.At);
            db.SourceSystems.Add(source);
            sources[s.Key] = source;
            audit.Record("source-system.created", nameof(SourceSystem), source.Id.ToString(), null, source.Snapshot());
        }
        var datasets = new Dictionary<string, Dataset>();
        foreach (var d in data.Datasets)
        {
            var dataset = Dataset.Create(d.Key, d.Name, sources[d.SourceSystem], d.Description, audit.At);
            db.Datasets.Add(dataset);
            datasets[d.Key] = dataset;
            audit.Record("dataset.created", nameof(Dataset), dataset.Id.ToString(), null, dataset.Snapshot());
        }
        var versions = new Dictionary<string, DatasetVersion>();
        foreach (var v in data.DatasetVersions)
        {
            var capture = new DatasetVersionCapture(v.Label, v.Uri, Hashes.Sha256Hex($"{v.Dataset}@{v.Label}"), v.RowCount,
                Hashes.Sha256Hex($"schema:{v.Dataset}"), audit.At.AddDays(-v.DaysAgo));
            var version = DatasetVersion.Capture(datasets[v.Dataset], capture, audit.At);
            db.DatasetVersions.Add(version);
            versions[$"{v.Dataset}@{v.Label}"] = version;
            audit.Record("dataset-version.captured", nameof(DatasetVersion), version.Id.ToString(), null, version.Snapshot());
        }
        return versions;
    }

    private static Dictionary<string, Model> SeedModels(PortalDbContext db, AuditRecorder audit, DemoData data, Dictionary<string, Person> people,
        Dictionary<string, DatasetVersion> datasetVersions)
    {
        var models = new Dictionary<string, Model>();
        foreach (var m in data.Models)
        {
            var details = new ModelDetails(m.Name, m.Purpose, m.BusinessUse, Enum.Parse<RiskTier>(m.RiskTier), people[m.Owner].Id,
                m.BackupOwner is null ? null : people[m.BackupOwner].Id);
            var model = Model.Create(m.Key, details, audit.At);
            db.Models.Add(model);
            models[m.Key] = model;
            audit.Record("model.created", nameof(Model), model.Id.ToString(), null, model.Snapshot(), model.Key);
        }
        var previousSources = new Dictionary<string, IReadOnlySet<Guid>>();
        foreach (var v in data.Versions.OrderByDescending(v => v.DaysAgo))
        {
            var trainedOn = v.Datasets.Select(r => datasetVersions[r]).ToList();
            var registration = new VersionRegistration(v.Label, v.ArtifactUri, ArtifactSha256(v),
                v.CodeRepository, Hashes.Sha256Hex($"commit:{v.Model}:{v.Label}")[..40], Hashes.Sha256Hex($"env:{v.Model}:{v.Label}"),
                Enum.Parse<ChangeClass>(v.ChangeClass), trainedOn.Select(d => d.Id).ToList(), v.Notes);
            var version = ModelVersion.Register(models[v.Model], registration, trainedOn, previousSources.GetValueOrDefault(v.Model),
                people[v.RegisteredBy].Id, audit.At.AddDays(-v.DaysAgo));
            db.ModelVersions.Add(version);
            previousSources[v.Model] = trainedOn.Select(d => d.Dataset!.SourceSystemId).ToHashSet();
            audit.Record("model-version.registered", nameof(ModelVersion), version.Id.ToString(), null, version.Snapshot(), v.Model);
        }
        return models;
    }

    private static Dictionary<string, ChangeAdvisoryBoard> SeedBoards(PortalDbContext db, AuditRecorder audit, DemoData data,
        Dictionary<string, Person> people)
    {
        var boards = new Dictionary<string, ChangeAdvisoryBoard>();
        foreach (var b in data.Boards ?? [])
        {
            var definition = new BoardDefinition(b.Name, b.Description, people[b.Chair].Id, b.Members.Select(m => people[m].Id).ToList(),
                new BoardRules(b.Quorum, Enum.Parse<DecisionRule>(b.DecisionRule)), b.RiskTiers.Select(Enum.Parse<RiskTier>).ToList(), b.ModelKeys);
            var board = ChangeAdvisoryBoard.Create(b.Key, definition, audit.At);
            db.ChangeAdvisoryBoards.Add(board);
            audit.Record("cab.board-created", nameof(ChangeAdvisoryBoard), board.Id.ToString(), null, board.Snapshot());
            boards[b.Key] = board;
        }
        return boards;
    }

    /// <summary>
    /// Upcoming meetings with their agendas, so a newcomer finds a change to vote on: each item is a review its owner
    /// asked for, assessed, and open for votes from now.
    /// </summary>
    private static void SeedMeetings(PortalDbContext db, AuditRecorder audit, DemoData data, Dictionary<string, Person> people,
        Dictionary<string, Model> models, Dictionary<string, ChangeAdvisoryBoard> boards)
    {
        foreach (var m in data.Meetings ?? [])
        {
            var board = boards[m.Board];
            var chairPerson = people.Values.Single(p => p.Id == board.ChairId);
            var chair = new Actor(chairPerson.Id, chairPerson.DisplayName, chairPerson.Roles.ToHashSet());
            var startsAt = new DateTimeOffset(audit.At.UtcDateTime.Date.AddDays(m.DaysAhead).AddHours(m.StartHourUtc), TimeSpan.Zero);
            var meeting = CabMeeting.Schedule(board, chair, new MeetingDefinition(m.Title, startsAt, m.DurationMinutes, m.Location, m.CallLink), audit.At);
            db.CabMeetings.Add(meeting);
            audit.Record("cab.meeting-scheduled", nameof(CabMeeting), meeting.Id.ToString(), null, meeting.Snapshot());
            var position = 0;
            foreach (var item in m.Agenda)
            {
                var model = models[item.Model];
                var version = db.ModelVersions.Local.Single(v => v.ModelId == model.Id && v.Label == item.Version);
                var requester = people[item.RequestedBy];
                var review = ChangeReview.Open(model, version, ChangeReviewSource.OwnerRequested, requester.Id, requester.DisplayName, item.Reason, board.Id,
                    audit.At);
                review.Assess(new Actor(requester.Id, requester.DisplayName, requester.Roles.ToHashSet()), model,
                    new RiskAssessment(item.WhatChanges, item.Why, Enum.Parse<RiskLevel>(item.Likelihood), Enum.Parse<RiskLevel>(item.Impact),
                        item.ImpactIfItFails, item.TestEvidence, item.RollbackPlan, item.Responsible), audit.At);
                review.PlaceOnAgenda(meeting, board, model, chair, new VotingWindow(audit.At), ++position);
                db.ChangeReviews.Add(review);
                audit.Record("cab.review-opened", nameof(ChangeReview), review.Id.ToString(), null, review.Snapshot(), model.Key);
            }
        }
    }

    /// <summary>The real hash of an artifact shipped with the demo data; a stand-in derived from the name for the others.</summary>
    private static string ArtifactSha256(DemoVersion v) =>
        Uri.TryCreate(v.ArtifactUri, UriKind.Absolute, out var uri) && uri.IsFile
            ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(uri.LocalPath)))
            : Hashes.Sha256Hex($"artifact:{v.Model}:{v.Label}");

    private static void SeedGoldenSets(PortalDbContext db, AuditRecorder audit, DemoData data, Dictionary<string, Person> people,
        Dictionary<string, Model> models)
    {
        foreach (var g in data.GoldenSets ?? [])
        {
            var model = models[g.Model];
            var author = people[g.CreatedBy];
            var definition = new GoldenSetDefinition(g.Name, g.LabelColumn, g.FeatureColumns,
                g.Metrics.Select(m => new MetricDefinition(Enum.Parse<MetricKind>(m.Kind), m.Threshold)).ToList());
            var set = GoldenSet.Register(model.Id, definition, author.Id, audit.At);
            db.GoldenSets.Add(set);
            audit.Record("golden-set.created", nameof(GoldenSet), set.Id.ToString(), null, set.Snapshot(), model.Key);

            var csv = File.ReadAllBytes(g.File);
            GoldenSetTable table;
            using (var stream = new MemoryStream(csv, writable: false))
            {
                table = GoldenSetCsv.Read(stream, definition.LabelColumn, definition.FeatureColumns);
            }
            var version = set.AddVersion(table.ContentHash, GoldenSetSource.Upload, null, csv.Length, table.RowCount, [],
                new Actor(author.Id, author.DisplayName, author.Roles.ToHashSet()), audit.At);
            db.GoldenSetVersions.Add(version);
            db.GoldenSetFiles.Add(new GoldenSetFile(version.Id, csv));
            audit.Record("golden-set.version-added", nameof(GoldenSetVersion), version.Id.ToString(), null,
                new { GoldenSet = set.Name, Version = version.Snapshot() }, model.Key);
        }
    }
}
