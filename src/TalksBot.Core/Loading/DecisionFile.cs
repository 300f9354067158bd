using System.Text.Json;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Reads and writes data/decision.json:
/// <c>{"semantic_floor":0.6,"semantic_min_coverage":0.25,"semantic_candidates":3,"semantic_max_unknown":0}</c>.</summary>
public static class DecisionFile
{
    public static DecisionParameters Parse(string fileName, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var floor = Number(root, "semantic_floor", fileName);
            var coverage = Number(root, "semantic_min_coverage", fileName);
            var candidates = Number(root, "semantic_candidates", fileName);
            var unknown = Number(root, "semantic_max_unknown", fileName);
            if (floor is < -1 or > 1 || coverage is < 0 or > 1 || candidates is < 1 or > 50 || candidates != Math.Floor(candidates)
                || unknown is < 0 or > 60 || unknown != Math.Floor(unknown))
            {
                throw new DataValidationException($"{fileName}: a value is out of range (floor -1..1, coverage 0..1, candidates 1..50, unknown 0..60 whole)");
            }

            return new DecisionParameters(floor, coverage, (int)candidates, (int)unknown);
        }
        catch (JsonException e)
        {
            throw new DataValidationException($"{fileName}: malformed JSON: {e.Message}");
        }
    }

    public static string Write(DecisionParameters parameters) =>
        JsonSerializer.Serialize(new Dictionary<string, double>
        {
            ["semantic_floor"] = Math.Round(parameters.SemanticFloor, 3),
            ["semantic_min_coverage"] = Math.Round(parameters.SemanticMinCoverage, 3),
            ["semantic_candidates"] = parameters.SemanticCandidates,
            ["semantic_max_unknown"] = parameters.SemanticMaxUnknown,
        }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static double Number(JsonElement root, string name, string fileName) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new DataValidationException($"{fileName}: field '{name}' is missing or not a number");
}
