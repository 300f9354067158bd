// The packaged-model tests measure the whole process's managed heap; a model loaded by another test
// class at the same moment would be counted as this one's, so the classes here run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
