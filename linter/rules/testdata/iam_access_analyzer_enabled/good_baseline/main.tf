provider "aws" {
  region = "us-east-1"
}

# type defaults to ACCOUNT.
resource "aws_accessanalyzer_analyzer" "external" {
  analyzer_name = "external-access"
}
