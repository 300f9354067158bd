using System.Text.Json;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Reads and writes data/decision.json: <c>{"weights":{"coverage":…,…},"bias":…,
/// "threshold":…,"mean_cosine":…,"semantic_floor":…,"subject_min_coverage":…}</c>.</summary>
public static class DecisionFile
{
    private static readonly string[] SignalNames = Query.DecisionSignals.Names;

    public static DecisionParameters Parse(string fileName, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("weights", out var weights) || weights.ValueKind != JsonValueKind.Object)
            {
                throw new DataValidationException($"{fileName}: field 'weights' is missing or not an object");
            }

            var values = SignalNames.Select(name => Number(weights, name, fileName)).ToArray();
            var parameters = new DecisionParameters(values, Number(root, "bias", fileName), Number(root, "threshold", fileName),
                Number(root, "mean_cosine", fileName), Number(root, "semantic_floor", fileName), Number(root, "subject_min_coverage", fileName));
            if (parameters.Threshold is <= 0 or >= 1 || parameters.SemanticFloor is < -1 or > 1 || parameters.SubjectMinCoverage is < 0 or > 1
                || parameters.MeanCosine is < -1 or > 1)
            {
                throw new DataValidationException($"{fileName}: a value is out of range (threshold 0..1, cosines -1..1, coverage 0..1)");
            }

            return parameters;
        }
        catch (JsonException e)
        {
            throw new DataValidationException($"{fileName}: malformed JSON: {e.Message}");
        }
    }

    public static string Write(DecisionParameters parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("weights");
            for (var i = 0; i < SignalNames.Length; i++)
            {
                writer.WriteNumber(SignalNames[i], Math.Round(parameters.Weights[i], 4));
            }

            writer.WriteEndObject();
            writer.WriteNumber("bias", Math.Round(parameters.Bias, 4));
            writer.WriteNumber("threshold", Math.Round(parameters.Threshold, 3));
            writer.WriteNumber("mean_cosine", Math.Round(parameters.MeanCosine, 3));
            writer.WriteNumber("semantic_floor", Math.Round(parameters.SemanticFloor, 3));
            writer.WriteNumber("subject_min_coverage", Math.Round(parameters.SubjectMinCoverage, 3));
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static double Number(JsonElement element, string name, string fileName) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new DataValidationException($"{fileName}: field '{name}' is missing or not a number");
}
