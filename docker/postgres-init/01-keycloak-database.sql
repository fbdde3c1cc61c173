-- Keycloak keeps its data in its own database beside the portal's.
CREATE DATABASE keycloak;
