using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;

namespace TalksBot.Core.Tests.Loading;

public sealed class DecisionFileTests
{
    [Fact]
    public void Write_ThenParse_GivesTheSameModel()
    {
        var model = DecisionParameters.Default with { Bias = -1.25, Threshold = 0.55 };

        var read = DecisionFile.Parse("decision.json", DecisionFile.Write(model));

        Assert.Equal(model.Weights, read.Weights);
        Assert.Equal((model.Bias, model.Threshold, model.MeanCosine, model.SemanticFloor, model.SubjectMinCoverage),
            (read.Bias, read.Threshold, read.MeanCosine, read.SemanticFloor, read.SubjectMinCoverage));
    }

    [Theory]
    [InlineData("{}", "field 'weights'")]
    [InlineData("{\"weights\":{\"coverage\":1}}", "field 'cosine'")]
    [InlineData("not json", "malformed JSON")]
    public void BadFile_IsRefusedNamingTheField(string json, string expected)
    {
        var error = Assert.Throws<DataValidationException>(() => DecisionFile.Parse("decision.json", json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdOutOfRange_IsRefused()
    {
        var json = DecisionFile.Write(DecisionParameters.Default).Replace("\"threshold\": 0.5", "\"threshold\": 1.5", StringComparison.Ordinal);

        Assert.Contains("out of range", Assert.Throws<DataValidationException>(() => DecisionFile.Parse("decision.json", json)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryData_HasAFittedModel()
    {
        var vocabulary = KnowledgeLoader.LoadVocabulary(TestKit.RepositoryPaths.Data);

        Assert.NotEqual(DecisionParameters.Default.Weights, vocabulary.Decision.Weights);
    }
}
