provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_group_policy_attachment" "readers" {
  group      = aws_iam_group.readers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.readers.name]
}

# Roles and groups only.
resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  groups     = [aws_iam_group.readers.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# An empty exclusive list detaches everything.
resource "aws_iam_user_policy_attachments_exclusive" "alice" {
  user_name   = aws_iam_user.alice.name
  policy_arns = []
}
