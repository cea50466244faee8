package org.webchat.agent;

import java.io.Serializable;

/**
 * What every form of the administration's users and settings pages has: the id of what it edits (null for a new
 * one) and a name, kept as typed.
 */
public abstract class NamedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name = "";

    protected NamedForm(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
