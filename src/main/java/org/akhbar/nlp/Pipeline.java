package org.akhbar.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.akhbar.AkhbarException;

/** An ordered list of stages whose requirements were checked when it was built. */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer> provides;

    private Pipeline(List<Stage> stages, Set<Layer> provides) {
        this.stages = List.copyOf(stages);
        this.provides = Set.copyOf(provides);
    }

    public static Builder builder() {
        return new Builder();
    }

    public NewsDocument process(NewsDocument document) {
        NewsDocument d = document;
        for (Stage s : stages) {
            d = s.apply(d);
        }
        return d;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Set<Layer> provides() {
        return provides;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final EnumSet<Layer> available = EnumSet.of(Layer.TEXT);

        /** Adds a stage, failing at once if a layer it requires is not provided by an earlier stage. */
        public Builder add(Stage stage) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new AkhbarException.PipelineError("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides (available: " + available + ")");
            }
            stages.add(stage);
            available.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages, available);
        }
    }
}
