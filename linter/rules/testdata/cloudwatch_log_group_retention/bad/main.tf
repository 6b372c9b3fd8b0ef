provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 30 # want "medium: Log group aws_cloudwatch_log_group.app \(\"app\"\) deletes its events after 30 days"
}

module "logs" {
  source = "./modules/logs"
  names  = ["api", "worker"]
}
