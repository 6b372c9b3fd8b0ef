provider "aws" {
  region = "us-east-1"
}

# want-unlocated "high: The account baseline has no IAM Access Analyzer external access analyzer \(aws_accessanalyzer_analyzer.unused \(ACCOUNT_UNUSED_ACCESS\) does not report external access\)"

resource "aws_accessanalyzer_analyzer" "unused" {
  analyzer_name = "unused-access"
  type          = "ACCOUNT_UNUSED_ACCESS"
}
