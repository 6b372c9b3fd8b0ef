provider "aws" {
  region = "us-east-1"
}

# A certificate that expired on 2021-01-01 uploaded to IAM. The key pair is
# a throwaway made for this fixture.
resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy-site"
  certificate_body = file("${path.module}/expired.pem") # want "medium: Server certificate aws_iam_server_certificate.legacy \(\"legacy-site\"\) \(subject \"old.example.com\"\) expired on 2021-01-01"
  private_key      = file("${path.module}/expired.key")
}
