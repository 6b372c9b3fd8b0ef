namespace = "srm"
name      = "fixture"
