"""The grammar of English date phrases: the words they are made of, the pieces the rules
are written with, the rules, and the resolvers that give each phrase its value."""
