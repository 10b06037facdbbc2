import { Alert, Container, Title } from '@mantine/core';

export function StartFout({ error }: { error: Error }) {
  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1} mb="md">
        Tafelwerk kon niet starten
      </Title>
      <Alert color="red" title="Foutmelding">
        {error.message}
      </Alert>
    </Container>
  );
}
